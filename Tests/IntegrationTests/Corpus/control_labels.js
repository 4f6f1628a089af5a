// Labelled break and continue across nested loops.
var hits = [];
outer: for (var i = 0; i < 5; i++) {
  for (var j = 0; j < 5; j++) {
    if (j === 3) continue outer;
    if (i === 3) break outer;
    hits.push(i * 10 + j);
  }
}
console.log(hits.length, hits.slice(0, 6));
console.log(hits.join(','));
console.log(i, j);
// Labels on while and do-while.
var count = 0;
loopA: while (true) {
  var inner = 0;
  loopB: do {
    inner++;
    count++;
    if (inner === 3) continue loopA;
    if (count > 10) break loopA;
  } while (true);
}
console.log(count);
// Three levels, breaking the middle one.
var log = '';
top: for (var x = 0; x < 3; x++) {
  middle: for (var y = 0; y < 3; y++) {
    for (var z = 0; z < 3; z++) {
      if (z === 1) continue middle;
      if (y === 2) break middle;
      log += '' + x + y + z + ' ';
    }
  }
}
console.log(log);
// Search a grid and stop at the first match.
var grid = [[1, 2, 3], [4, 42, 6], [7, 8, 42]];
var fr = -1;
var fc = -1;
search: for (let r = 0; r < grid.length; r++) {
  for (let c = 0; c < grid[r].length; c++) {
    if (grid[r][c] === 42) {
      fr = r;
      fc = c;
      break search;
    }
  }
}
console.log(fr, fc);
