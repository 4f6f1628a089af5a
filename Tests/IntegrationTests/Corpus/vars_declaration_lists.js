// Several declarators in one statement.
var a = 1, b = 2, c;
console.log(a, b, c);
let d = a + b, e = d * 2;
console.log(d, e);
const f = 'f', g = f + 'g';
console.log(f, g);
// Later declarators see earlier ones.
var h = 3, k = h * h, m = k + h;
console.log(h, k, m);
// Declarations in for initialisers.
for (var i = 0, n = 3; i < n; i++) {
  console.log('var loop', i, n);
}
console.log(i, n);
for (let p = 10, q = 12; p < q; p++) {
  console.log('let loop', p, q);
}
// Uninitialised let is undefined.
let u;
console.log(u);
u = 'now set';
console.log(u);
// Assignments to var and let in nested blocks.
var outer = 0;
let outerLet = 0;
{
  {
    outer = 1;
    outerLet = 2;
  }
}
console.log(outer, outerLet);
