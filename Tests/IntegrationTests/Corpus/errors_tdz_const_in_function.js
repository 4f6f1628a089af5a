// Inside a function, a const read before its declaration line is a ReferenceError.
function ok(n) {
  const scale = 3;
  var out = [];
  for (var i = 0; i < n; i++) out.push(i * scale);
  return out;
}
console.log(ok(4));
console.log(ok(0));
// The same name declared in two sibling blocks.
function siblings() {
  var r = '';
  {
    const x = 'first';
    r += x;
  }
  {
    const x = 'second';
    r += '+' + x;
  }
  return r;
}
console.log(siblings());
// Here the inner block reads x before its own const x is initialised,
// even though an outer x exists: the inner x is in scope for the whole block.
function early(flag) {
  const x = 'outer';
  console.log('outer x is', x);
  if (flag) {
    var y = x + '?';
    console.log('y is', y);
    {
      console.log('entering the block');
      const z = x.length;
      const x = 'inner';
      return z;
    }
  }
  return x;
}
console.log(early(false));
console.log(early(true));
console.log('never printed');
