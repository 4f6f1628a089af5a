// Scanning kernels over strings.
function countChar(s, ch) {
  var n = 0;
  for (var i = 0; i < s.length; i++) {
    if (s[i] === ch) n++;
  }
  return n;
}
function reverse(s) {
  var r = '';
  for (var i = s.length - 1; i >= 0; i--) {
    r += s.charAt(i);
  }
  return r;
}
function isPalindrome(s) {
  var i = 0;
  var j = s.length - 1;
  while (i < j) {
    if (s.charCodeAt(i) !== s.charCodeAt(j)) return false;
    i++;
    j--;
  }
  return true;
}
console.log(countChar('mississippi', 's'), countChar('mississippi', 'p'), countChar('', 'a'));
console.log(reverse('stressed'), reverse(''), reverse('a'));
console.log(isPalindrome('racecar'), isPalindrome('abca'), isPalindrome(''), isPalindrome('abba'));
// Hash of a string (int32 arithmetic via |0).
function hash(s) {
  var h = 0;
  for (var i = 0; i < s.length; i++) {
    h = (h * 31 + s.charCodeAt(i)) | 0;
  }
  return h;
}
console.log(hash('hello'), hash('The quick brown fox jumps over the lazy dog'));
// Split on spaces by hand.
function words(s) {
  var out = [];
  var cur = '';
  for (var i = 0; i < s.length; i++) {
    var c = s[i];
    if (c === ' ') {
      if (cur.length > 0) out.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}
var w = words('  one two  three four ');
console.log(w.length, w);
