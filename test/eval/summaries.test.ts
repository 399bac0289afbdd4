import { checkFloors } from './check-floors.js';

checkFloors('summaries');
