// NaN and Infinity as results, printed in several ways.
var results = [];
results.push(0 / 0);
results.push(1 / 0);
results.push(-1 / 0);
results.push(Infinity - Infinity);
results.push(Math.sqrt(-1));
console.log(results);
console.log(results.join(','));
console.log('' + results[1] + results[2]);
console.log(results[0] + 1, results[1] + 1, results[2] - 1);
console.log({ nan: NaN, inf: Infinity, ninf: -Infinity });
// Tiny and huge magnitudes.
console.log(1e-320, 1e-320 * 2, 1e-320 / 1e10);
console.log(1e300 * 1e8, 1e300 * 1e9, 1e300 * 1e300);
console.log(-1e-320 / 1e10);
// Negative numbers.
console.log(-1.5, -0.1, -123456.789, -1e-10);
// Results printed through concatenation.
console.log('' + 0 / 0, '' + -1 / 0, '' + 1e-320 / 1e10, '' + -1e-320 / 1e10);
