// Found by jsjit-fuzz (seed 28 of the CI range, every tier): Math.exp prints what V8's exp
// computes; the C library's exp differs from it in the last bit for some arguments.
let v = Math.E;
let printed = [];
for (let i = 0; i < 80; i++) {
  v++;
  printed.push(Math.exp(v));
}
console.log(printed.join('\n'));
console.log(Math.exp(0), Math.exp(1), Math.exp(-1), Math.exp(710), Math.exp(-746), Math.exp(NaN));
