import { checkFloors } from './check-floors.js';

checkFloors('stories-ecbplus');
