// A const declared in a block inside a function cannot be reassigned.
function accumulate(n) {
  var total = 0;
  for (let i = 0; i < n; i++) {
    const sq = i * i;
    total += sq;
  }
  return total;
}
console.log(accumulate(5), accumulate(100));
// Each iteration has its own const, so redeclaring per iteration is fine.
function labels(n) {
  var out = '';
  for (var i = 0; i < n; i++) {
    const tag = 'L' + i;
    out += tag + ' ';
  }
  return out;
}
console.log(labels(4));
// Shadowing a block const with an inner let works.
function shadow() {
  const v = 1;
  {
    let v = 2;
    v++;
    console.log('inner v', v);
  }
  return v;
}
console.log('outer v', shadow());
// This one increments a block const after a few iterations.
function broken(limit) {
  var seen = 0;
  {
    const step = 2;
    while (seen < limit) {
      seen += step;
      console.log('seen', seen);
      if (seen >= 6) step++;
    }
  }
  return seen;
}
console.log(broken(100));
console.log('never printed');
