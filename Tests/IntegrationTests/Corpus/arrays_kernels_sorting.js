// Classic in-place array kernels: reverse, bubble sort, insertion sort, binary search.
function reverseInPlace(a) {
  var i = 0;
  var j = a.length - 1;
  while (i < j) {
    var t = a[i];
    a[i] = a[j];
    a[j] = t;
    i++;
    j--;
  }
  return a;
}
console.log(reverseInPlace([1, 2, 3, 4, 5]), reverseInPlace([1, 2]), reverseInPlace([]));
console.log(reverseInPlace(['x', 'y', 'z', 'w']));
function bubbleSort(a) {
  var swaps = 0;
  for (var i = 0; i < a.length; i++) {
    for (var j = 0; j < a.length - 1 - i; j++) {
      if (a[j] > a[j + 1]) {
        var t = a[j];
        a[j] = a[j + 1];
        a[j + 1] = t;
        swaps++;
      }
    }
  }
  return swaps;
}
var b = [5, -1, 3.5, 0, 2, -7];
console.log(bubbleSort(b), b);
var words = ['pear', 'apple', 'fig', 'Apple', 'banana'];
console.log(bubbleSort(words), words);
function insertionSort(a) {
  for (var i = 1; i < a.length; i++) {
    var v = a[i];
    var j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
  return a;
}
// Sort a larger pseudo-random array and check it.
var big = [];
var seed = 12345;
for (var k = 0; k < 2000; k++) {
  seed = (seed * 16807) % 2147483647;
  big.push(seed % 10000);
}
insertionSort(big);
var sorted = true;
for (var m = 1; m < big.length; m++) if (big[m - 1] > big[m]) sorted = false;
console.log(sorted, big.slice(0, 5), big.slice(-3));
function binarySearch(a, v) {
  var lo = 0;
  var hi = a.length - 1;
  while (lo <= hi) {
    var mid = (lo + hi) >> 1;
    if (a[mid] === v) return mid;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}
var evens = [];
for (var e = 0; e < 100; e += 2) evens.push(e);
console.log(binarySearch(evens, 0), binarySearch(evens, 42), binarySearch(evens, 98));
console.log(binarySearch(evens, 43), binarySearch(evens, -5), binarySearch(evens, 1000));
