import { checkFloors } from './check-floors.js';

checkFloors('rouge-duc2004');
