import { checkFloors } from './check-floors.js';

// passShare: feedparser's assertions on kept fields; crashFreeShare 1: every ill-formed and
// encoding test file is read or rejected with a message, none throws.
checkFloors('feeds');
