// Math results as V8 computes them (its fdlibm port), which differ in the last bit from the C
// library for some arguments: pow and **, cbrt, exp, log, log2, log10, the trigonometric functions.
function powTable() {
  const bases = [-5, -3, -2.5, -1.5, -0.5, 0.5, 1.1, 2, 3, 5, 7, 10, 0.3];
  const exponents = [-11, -9, -5, -4, -3, -2, -1.5, -0.5, 0.5, 1.5, 3, 4, 5, 9, 13, 1 / 3];
  const rows = [];
  for (let i = 0; i < bases.length; i++) {
    const row = [];
    for (let j = 0; j < exponents.length; j++) row.push(bases[i] ** exponents[j]);
    rows.push(row.join(" "));
  }
  return rows;
}
const table = powTable();
for (let i = 0; i < table.length; i++) console.log(table[i]);

// Math.pow agrees with ** everywhere, in a hot loop too (tiers up).
let mismatches = 0;
let sum = 0;
for (let i = 1; i <= 300; i++) {
  const x = (i % 17) - 8.5;
  const y = (i % 11) - 5;
  const a = x ** y;
  const b = Math.pow(x, y);
  if (a !== b && !(a !== a && b !== b)) mismatches++;
  sum += a;
}
console.log("pow mismatches", mismatches, "sum", sum);
console.log((-5) ** -5, 10 ** -11, 5 ** -4, (-9) ** -9, 709.78 ** 3, 710 ** -0.5);
console.log(2 ** 0.5, 2 ** -1074, 2 ** 1023, 0.5 ** 1075, (-2) ** 1023, 1.0000001 ** 1e10);
console.log(NaN ** 0, 1 ** Infinity, (-1) ** -Infinity, 2 ** NaN, 0 ** -1, (-0) ** -3, (-Infinity) ** 3);

const cubes = [];
for (let i = -12; i <= 12; i++) cubes.push(Math.cbrt(i * i * i));
console.log(cubes.join(" "));
console.log(Math.cbrt(2), Math.cbrt(-10), Math.cbrt(1e-310), Math.cbrt(1e300), Math.cbrt(0.001), Math.cbrt(-0));

let exps = [];
for (let x = -20; x <= 20; x += 0.75) exps.push(Math.exp(x));
console.log(exps.join(" "));
console.log(Math.exp(1) === Math.E, Math.exp(709.7), Math.exp(-745), Math.exp(710), Math.exp(-746), Math.exp(1e-20));

const logs = [];
for (let x = 0.125; x < 40; x = x * 1.7 + 0.01) {
  logs.push(Math.log(x) + " " + Math.log2(x) + " " + Math.log10(x));
}
console.log(logs.join("\n"));
console.log(Math.log10(1000), Math.log10(1e-7), Math.log2(8), Math.log2(1e-310), Math.log(0), Math.log(-1), Math.log10(Math.PI));

const trig = [];
for (let x = -7; x <= 7; x += 0.37) {
  trig.push(Math.sin(x) + " " + Math.cos(x) + " " + Math.tan(x) + " " + Math.atan(x) + " " + Math.atan2(x, 1.3));
}
console.log(trig.join("\n"));
const inverse = [];
for (let x = -1; x <= 1; x += 0.0625) inverse.push(Math.asin(x) + " " + Math.acos(x));
console.log(inverse.join("\n"));
console.log(Math.sin(1e300), Math.cos(1e22), Math.tan(2 ** 60), Math.sin(Math.PI), Math.cos(Math.PI / 2), Math.tan(Math.PI / 4));
console.log(Math.atan2(0, -0), Math.atan2(-0, -1), Math.atan2(Infinity, -Infinity), Math.asin(1.5), Math.acos(-1), Math.atan(Infinity));
