import { checkFloors } from './check-floors.js';

checkFloors('stories-basil');
