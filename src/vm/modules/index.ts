// Registers every native module with the importer (import.ts).
import { registerModule, registerPythonModule } from '../import.js';
import { interpState } from '../state.js';
import { installSysModule } from './sys.js';
import { installReNative } from './re-native.js';
import { RE_SOURCE } from './re-source.js';
import { makeMathModule } from './math.js';
import { makeCmathModule } from './cmath.js';
import { registerHeapq } from './heapq.js';
import { makeBisectModule } from './bisect.js';
import { makeOperatorModule } from './operator.js';
import { registerString } from './string.js';
import { registerCopy } from './copy.js';
import { registerTyping } from './typing.js';
import { registerAbc } from './abc.js';
import { registerNumbers } from './numbers.js';

registerModule('sys', () => interpState.modules.get('sys') ?? installSysModule());
registerModule('math', makeMathModule);
registerModule('cmath', makeCmathModule);
registerHeapq();
registerModule('bisect', makeBisectModule);
registerModule('operator', makeOperatorModule);
registerString();
registerCopy();
registerTyping();
registerAbc();
registerNumbers();
registerModule('_etpy_re', installReNative);
registerPythonModule('re', RE_SOURCE);
import './collections.js';
import './itertools.js';
import './functools.js';
import './dataclasses.js';

import { makeHashlibModule } from './hashlib.js';
registerModule('hashlib', makeHashlibModule);
