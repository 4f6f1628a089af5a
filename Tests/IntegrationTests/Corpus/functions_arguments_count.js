// Calling with fewer or more arguments than parameters.
function three(a, b, c) {
  return [a, b, c];
}
console.log(three(1, 2, 3));
console.log(three(1, 2));
console.log(three(1));
console.log(three());
console.log(three(1, 2, 3, 4, 5));
// Missing arguments are undefined and behave so in arithmetic.
function add(a, b) { return a + b; }
console.log(add(1, 2), add(1), add(), add('a'));
// Extra arguments are still evaluated.
var sideEffects = 0;
function bump() { sideEffects++; return sideEffects; }
function one(x) { return x; }
console.log(one(bump(), bump(), bump()), sideEffects);
// Arguments are evaluated left to right.
var order = '';
function note(tag) { order += tag; return tag; }
function join3(a, b, c) { return a + b + c; }
console.log(join3(note('x'), note('y'), note('z')), order);
// Checking for a missing argument by comparing to undefined.
function greet(name, greeting) {
  if (greeting === undefined) greeting = 'hello';
  return greeting + ' ' + name;
}
console.log(greet('ann'), greet('bob', 'hi'));
// Zero-parameter function called with arguments.
function zero() { return 'zero'; }
console.log(zero(1, 2, 3));
