// An uncaught error: what was printed stays printed, node's headline and where the error
// happened go to stderr, and the exit status is 1. (The README shows this run.)
var o = { n: 1 };
console.log('o.n is', o.n);
var r = o.m();
console.log('never printed', r);
