import { checkFloors } from './check-floors.js';

// pages: every HTML page of a valid record; filesReported: the damaged files each get a message
// naming the file and the record; crashFreeShare 1: no reader throws.
checkFloors('warc');
