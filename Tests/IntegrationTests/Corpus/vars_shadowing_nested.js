// Shadowing across nested blocks, functions and parameters.
let name = 'global';
var kind = 'var global';
function show() {
  return name + '/' + kind;
}
console.log(show());
{
  let name = 'block 1';
  console.log(name, show());
  {
    let name = 'block 2';
    const kind = 'const in block 2';
    console.log(name, kind, show());
  }
  console.log(name);
}
console.log(name, kind);
// A function local shadows the global; a nested block shadows the local.
function layered() {
  var name = 'function local';
  var trail = name;
  {
    let name = 'function block';
    trail += ' > ' + name;
    {
      let name = 'deepest';
      trail += ' > ' + name;
    }
    trail += ' > ' + name;
  }
  return trail + ' > ' + name;
}
console.log(layered());
console.log(name);
// Parameters shadow globals, and a block inside can shadow the parameter.
function param(name) {
  var before = name;
  {
    let name = before + '!';
    before = name;
  }
  return before + ' ' + name;
}
console.log(param('arg'), name);
// Shadowing in loops: the same name at several depths.
let v = 100;
var log = '';
for (let v = 0; v < 2; v++) {
  log += 'L' + v;
  if (v === 1) {
    let v = 'if';
    log += v;
  }
}
console.log(log, v);
// Nested functions with their own locals named like the outer ones (no closure).
function outer(x) {
  var y = x * 2;
  function inner(x) {
    var y = x + 1;
    return y;
  }
  return inner(y) + y;
}
console.log(outer(5), outer(-1));
// const shadowing let and let shadowing const.
const limit = 3;
{
  let limit = 30;
  limit++;
  console.log(limit);
}
console.log(limit);
