// Reading a let binding before its declaration runs is a ReferenceError.
var before = 'var is hoisted';
console.log(before);
// A function may mention a later let as long as it runs after the declaration.
function readLater() {
  return later * 2;
}
let later = 21;
console.log(readLater());
// Block-level lets shadow outer ones, even in the part of the block before them.
let shade = 'outer';
{
  let other = shade + '!';
  console.log(other);
}
{
  let shade = 'inner';
  console.log(shade);
}
console.log(shade);
// A function that reads a top-level let that is not initialised yet.
function useEarly() {
  console.log('inside useEarly');
  return tooEarly + 1;
}
for (var i = 0; i < 3; i++) {
  console.log('loop', i, later + i);
}
console.log(useEarly());
let tooEarly = 1;
console.log('never printed', tooEarly);
