// Indexing null with a number reports the index as a string key.
var grid = [[1, 2], [3, 4], null];
function rowSum(r) {
  var row = grid[r];
  var s = 0;
  for (var i = 0; i < 2; i++) s += row[i];
  return s;
}
console.log(rowSum(0), rowSum(1));
console.log(grid[2], grid[2] === null, typeof grid[2]);
// null behaves as 0 in arithmetic and as 'null' in strings.
var n = null;
console.log(n + 1, n * 5, 'x' + n, n == undefined, n === undefined);
// Reading through objects that hold null.
var rec = { left: null, right: { val: 7 } };
console.log(rec.left, rec.right.val);
function depth(t) {
  if (t === null) return 0;
  return 1 + depth(t.next);
}
console.log(depth({ next: { next: null } }), depth(null));
// Now index the null row inside nested calls.
function total(rows) {
  var s = 0;
  for (var r = 0; r < rows; r++) {
    s += rowSum(r);
    console.log('after row', r, s);
  }
  return s;
}
console.log(total(3));
console.log('never printed');
