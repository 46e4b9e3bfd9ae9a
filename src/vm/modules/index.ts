// Registers every native module with the importer (import.ts).
import { registerModule, registerPythonModule } from '../import.js';
import { interpState } from '../state.js';
import { installSysModule } from './sys.js';
import { installReNative } from './re-native.js';
import { RE_SOURCE } from './re-source.js';

registerModule('sys', () => interpState.modules.get('sys') ?? installSysModule());
registerModule('_etpy_re', installReNative);
registerPythonModule('re', RE_SOURCE);
