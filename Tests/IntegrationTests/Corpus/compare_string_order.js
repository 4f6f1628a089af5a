// String ordering by UTF-16 code units.
var words = ['pear', 'Apple', 'apple', 'banana', 'Banana', 'apricot', 'app', '10', '9', ''];
// Find the minimum and maximum by hand.
var min = words[0];
var max = words[0];
for (var i = 1; i < words.length; i++) {
  if (words[i] < min) min = words[i];
  if (words[i] > max) max = words[i];
}
console.log(min === '', max);
// Count how many words are less than 'b'.
var less = 0;
for (var j = 0; j < words.length; j++) {
  if (words[j] < 'b') less++;
}
console.log(less);
// Pairwise results.
console.log('app' < 'apple', 'apple' < 'apricot', 'Apple' < 'apple', 'Banana' < 'apple');
console.log('10' < '9', '9' < '10', '100' < '11');
// Comparing strings built at run time.
var x = 'ab';
var y = 'a' + 'b';
console.log(x <= y, x >= y, x < y, x > y);
// Strings and numbers in the same comparison chain.
console.log('3' < '20', 3 < 20, '3' < 20);
