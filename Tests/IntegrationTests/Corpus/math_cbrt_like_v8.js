// Found by jsjit-fuzz (seed 10058, every tier): Math.cbrt prints what V8's cbrt computes; the C
// library's cbrt differs from it in the last bit for about half of all arguments.
console.log(Math.cbrt(7), Math.cbrt(-10), Math.cbrt(-3.7), Math.cbrt(2), Math.cbrt(100));
// Exact cubes agree everywhere.
console.log(Math.cbrt(27), Math.cbrt(-8), Math.cbrt(0), Math.cbrt(-0), Math.cbrt(Infinity), Math.cbrt(NaN));
// In a loop, so the baseline and optimizing tiers compute it too.
let roots = [];
for (let i = 0; i < 2000; i++) {
  const r = Math.cbrt(i * 0.37);
  if (i % 250 === 1) roots.push(r);
}
console.log(roots.join(' '));
