// Functions stored in arrays and objects, passed around and called later.
function inc(x) { return x + 1; }
function dbl(x) { return x * 2; }
var neg = function (x) { return -x; };
var sq = x => x * x;
var pipeline = [inc, dbl, neg, sq];
var v = 3;
for (var i = 0; i < pipeline.length; i++) v = pipeline[i](v);
console.log(v);
// Running the pipeline backwards.
var w = 3;
for (var j = pipeline.length - 1; j >= 0; j--) w = pipeline[j](w);
console.log(w);
// Storing the same function twice keeps identity.
var twice = [inc, inc];
console.log(twice[0] === twice[1], twice[0] === inc, pipeline.indexOf(neg), pipeline.indexOf(Math.abs));
// Functions in objects keyed by operator names.
var ops = { '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b };
function evalRPN(tokens) {
  var stack = [];
  for (var i = 0; i < tokens.length; i++) {
    var t = tokens[i];
    var f = ops[t];
    if (f === undefined) {
      stack.push(+t);
    } else {
      var b = stack.pop();
      var a = stack.pop();
      stack.push(f(a, b));
    }
  }
  return stack.pop();
}
console.log(evalRPN(['3', '4', '+', '2', '*']), evalRPN(['10', '4', '/']), evalRPN(['1', '2', '3', '*', '-']));
// Builtins stored as values.
var rounders = [Math.floor, Math.ceil, Math.round, Math.trunc];
var row = [];
for (var k = 0; k < rounders.length; k++) row.push(rounders[k](-2.5));
console.log(row);
// Functions returned from other functions through a global table.
var registry = [];
function register(f) {
  registry.push(f);
  return registry.length - 1;
}
var idSq = register(sq);
var idNeg = register(neg);
console.log(idSq, idNeg, registry[idSq](9), registry[idNeg](9));
// Arrays of functions built in a loop from a fixed list.
var makers = [inc, dbl];
var built = [];
for (var m = 0; m < 6; m++) built.push(makers[m % 2]);
var acc = 1;
for (var n = 0; n < built.length; n++) acc = built[n](acc);
console.log(acc, built.length);
// typeof of stored functions and replaced slots.
pipeline[2] = 'not a function';
var kinds = [];
for (var p = 0; p < pipeline.length; p++) kinds.push(typeof pipeline[p]);
console.log(kinds);
// Calling a function fetched through two levels of containers.
var nested = { list: [inc, { deeper: dbl }] };
console.log(nested.list[0](10), nested.list[1].deeper(10), nested['list'][1]['deeper'](0.5));
