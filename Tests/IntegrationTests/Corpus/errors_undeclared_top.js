// Reading an undeclared variable at top level is a ReferenceError.
var declared = 1;
var uninitialised;
console.log(declared, uninitialised);
// typeof of an undeclared name does not throw.
console.log(typeof notDeclaredAnywhere, typeof declared, typeof uninitialised);
// Assigning declared variables in loops.
var sum = 0;
for (var i = 0; i < 10; i++) sum += i;
console.log(sum, i);
// A var declared later is hoisted and reads as undefined.
console.log(hoisted);
var hoisted = 'now set';
console.log(hoisted);
// Functions declared later are hoisted whole.
console.log(later(2));
function later(x) { return x * 100; }
// Names differing only in case are different variables.
var Total = 5;
console.log(Total);
console.log('about to read total');
console.log(total);
console.log('never printed');
