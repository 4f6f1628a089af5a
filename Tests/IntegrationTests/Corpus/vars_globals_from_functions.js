// Functions read and write top-level var, let and const bindings.
var counter = 0;
let label = 'start';
const LIMIT = 5;
function bump() {
  counter = counter + 1;
  return counter;
}
function rename(s) {
  label = s + counter;
}
bump();
bump();
rename('after');
console.log(counter, label, LIMIT);
function underLimit() { return counter < LIMIT; }
while (underLimit()) bump();
console.log(counter);
// A local var shadows a global of the same name.
var name = 'global';
function local() {
  var name = 'local';
  return name;
}
console.log(local(), name);
// A parameter shadows a global.
function param(counter) { return counter * 2; }
console.log(param(21), counter);
// A let declared after the function text, read when the function runs later.
function readLater() { return later + 1; }
let later = 41;
console.log(readLater());
// Global arrays and objects mutated through functions.
var log = [];
var stats = { calls: 0 };
function record(v) {
  log.push(v);
  stats.calls++;
}
for (var i = 0; i < 4; i++) record(i * i);
console.log(log, stats);
