// Loads every builtin type's methods (each file fills its type's dictionary
// when imported) and the native modules; the order puts object and type first.
import './type-object.js';
import './function.js';
import './exceptions.js';
import './unicode-errors.js';
import './int.js';
import './float.js';
import './slice.js';
import './str.js';
import './bytes.js';
import './list.js';
import './dict.js';
import './set.js';
import './range.js';
import './iterators.js';
import './generator-type.js';
import './generic-alias.js';
import './modules/index.js';
import { installTypeAliasType } from './eval-support.js';

installTypeAliasType();
