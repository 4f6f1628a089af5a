// Assigning a top-level const is a TypeError at the assignment.
const LIMIT = 3;
const NAME = 'limit';
let counter = 0;
var log = '';
function tick() {
  counter++;
  log += counter;
  return counter < LIMIT;
}
while (tick()) {}
console.log(NAME, LIMIT, counter, log);
// Shadowing the const with a let in a block is fine.
{
  let LIMIT = 10;
  LIMIT = LIMIT + 1;
  console.log('inner', LIMIT);
}
console.log('outer', LIMIT);
// A parameter with the same name is a fresh binding.
function withParam(LIMIT) {
  LIMIT = LIMIT * 2;
  return LIMIT;
}
console.log(withParam(21), LIMIT);
// Reading consts in a loop is fine.
var s = 0;
for (var i = 0; i < 1000; i++) s += LIMIT;
console.log(s);
// A function that bumps the global const fails when it runs.
function raise() {
  console.log('raising', LIMIT);
  LIMIT += 1;
  return LIMIT;
}
console.log(raise());
console.log('never printed');
