// Floating-point loops: a Mandelbrot escape-time count over a grid.
function mandelbrot(size, limit) {
  var count = 0;
  for (var y = 0; y < size; y++) {
    for (var x = 0; x < size; x++) {
      var cr = 2.0 * x / size - 1.5, ci = 2.0 * y / size - 1.0;
      var zr = 0.0, zi = 0.0, i = 0;
      while (i < limit && zr * zr + zi * zi < 4.0) {
        var t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        i++;
      }
      count += i;
    }
  }
  return count;
}
console.log("float_loops", mandelbrot(560, 100));
