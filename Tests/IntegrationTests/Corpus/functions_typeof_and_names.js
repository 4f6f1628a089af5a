// typeof of functions of every form, and how function names are scoped.
function decl() { return 'decl'; }
var expr = function () { return 'expr'; };
var named = function inner() { return 'named'; };
var arrow = () => 'arrow';
console.log(typeof decl, typeof expr, typeof named, typeof arrow);
console.log(decl(), expr(), named(), arrow());
// The name of a named function expression is not a variable outside it.
console.log(typeof inner);
// Builtins are functions too; Math itself is an object.
console.log(typeof Math.abs, typeof Math.max, typeof String.fromCharCode, typeof console.log);
console.log(typeof Math, typeof console, typeof Math.PI, typeof Math.missing);
// typeof of calls and of the functions themselves.
console.log(typeof decl(), typeof decl, typeof typeof decl);
// A variable holding a function can be reassigned to something else.
var slot = decl;
console.log(typeof slot);
slot = 42;
console.log(typeof slot);
slot = arrow;
console.log(typeof slot, slot());
// Function declarations are hoisted; function expressions are not.
console.log(typeof hoisted, typeof notYet);
function hoisted() { return 1; }
var notYet = function () { return 2; };
console.log(typeof hoisted, typeof notYet);
// A later declaration with the same name replaces the earlier one everywhere.
console.log(dup());
function dup() { return 'first'; }
function dup() { return 'second'; }
console.log(dup());
// Functions compared by identity.
var e1 = function () { return 1; };
var e2 = function () { return 1; };
console.log(e1 === e2, e1 === e1, decl == decl, arrow !== expr);
// Functions are truthy, and not equal to primitives.
console.log(!!decl, !decl, decl ? 'truthy' : 'falsy', decl == null, decl == undefined);
// typeof inside a function of a parameter that is a function.
function kind(f) {
  return typeof f === 'function' ? 'callable:' + f(2) : 'value:' + f;
}
console.log(kind(x => x * 5), kind(7), kind(Math.sqrt), kind(undefined));
// Returning functions from a table by typeof test.
var things = [decl, 1, 'str', arrow, null, named, {}, Math.floor];
var fnCount = 0;
for (var i = 0; i < things.length; i++) {
  if (typeof things[i] === 'function') fnCount++;
}
console.log(fnCount, things.length);
