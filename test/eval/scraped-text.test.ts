import { checkFloors } from './check-floors.js';

// goldRecall: how much of clean article text cleanup keeps; meanF1Gain: what it adds to eleven
// published extractors' outputs; readabilityJsF1: the Readability.js output after cleanup.
checkFloors('scraped-text');
