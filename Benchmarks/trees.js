// Allocation-heavy: binary trees built bottom-up and walked, rebuilt every round; one
// long-lived tree survives the whole run.
function make(depth) {
  if (depth === 0) return { left: null, right: null };
  return { left: make(depth - 1), right: make(depth - 1) };
}
function count(tree) {
  if (tree.left === null) return 1;
  return 1 + count(tree.left) + count(tree.right);
}
var longLived = make(14);
var checksum = 0;
for (var round = 0; round < 5; round++) {
  for (var depth = 4; depth <= 14; depth += 2) {
    var iterations = 1 << (14 - depth + 4);
    for (var i = 0; i < iterations; i++) checksum = (checksum + count(make(depth))) % 1000000007;
  }
}
console.log("trees", checksum, count(longLived));
