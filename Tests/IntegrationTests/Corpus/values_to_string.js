// ToString through concatenation with the empty string.
console.log('' + 1);
console.log('' + -1);
console.log('' + 1.5);
console.log('' + -0);
console.log('' + NaN, '' + Infinity, '' + -Infinity);
console.log('' + true, '' + false);
console.log('' + null, '' + undefined);
// The result really is a string.
console.log(typeof ('' + 5), ('' + 12345).length);
// + is left associative: numbers first add, then concatenate.
console.log(1 + 2 + '3');
console.log('1' + 2 + 3);
console.log(1 + '2' * 3);
console.log('x' + (1 + 2));
// Booleans and null add numerically.
console.log(true + true, true + null, false + 1);
console.log(true + 'x', null + 'y');
// Large and small numbers in strings.
console.log('' + 1e21, '' + 1e-7, '' + 123456789);
console.log(('' + 0.1).length, ('' + (0.1 + 0.2)).length);
