// Registers every native module with the importer (import.ts).
import { registerModule } from '../import.js';
import { interpState } from '../state.js';
import { installSysModule } from './sys.js';

registerModule('sys', () => interpState.modules.get('sys') ?? installSysModule());
import './collections.js';
import './itertools.js';
import './functools.js';
import './dataclasses.js';
