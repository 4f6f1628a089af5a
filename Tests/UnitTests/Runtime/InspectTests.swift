@testable import JIT
import Testing

/// console.log's formatting (node's util.inspect with depth 2, breakLength 80, compact 3).
/// Every expected text is node 20's own output for the same program (`node -e`), pasted.
@Suite struct InspectTests {
    /// What `source` prints in a fresh context.
    static func printed(_ source: String) throws -> String {
        try ScriptRun(source).output
    }

    /// Objects nested deeper than console.log's depth of 2 print as `[Object]` / `[Array]`.
    @Test func nestedValuesPastDepthTwoAreSummarized() throws {
        let source = #"""
            console.log({ a: { b: { c: { d: 1 } } } });
            console.log([[[[1]]]]);
            console.log({ a: [{ b: [1] }] });
            console.log({ a: 1, b: "two", c: [1, 2, 3], d: { e: { f: { g: 1 } } } });
            console.log([[1, 2, [3, 4, [5, [6]]]], { a: { b: { c: {} } } }]);
            console.log({ a: {}, b: [] }, [[]], [{}]);
            """#
        let expected = #"""
            { a: { b: { c: [Object] } } }
            [ [ [ [Array] ] ] ]
            { a: [ { b: [Array] } ] }
            { a: 1, b: 'two', c: [ 1, 2, 3 ], d: { e: { f: [Object] } } }
            [ [ 1, 2, [ 3, 4, [Array] ] ], { a: { b: [Object] } } ]
            { a: {}, b: [] } [ [] ] [ {} ]
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// Up to six entries that fit in 80 columns print on one line.
    @Test func shortArraysAndObjectsStayOnOneLine() throws {
        let source = #"""
            console.log([1, 2, 3, 4, 5, 6]);
            console.log(["x", 1.5, -0, NaN, Infinity, null, undefined, true]);
            console.log({ name: "point", x: 1, y: -2.5 });
            console.log([], {});
            """#
        let expected = #"""
            [ 1, 2, 3, 4, 5, 6 ]
            [ 'x', 1.5, -0, NaN, Infinity, null, undefined, true ]
            { name: 'point', x: 1, y: -2.5 }
            [] {}
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// node's groupArrayElements: numbers are right-aligned in columns.
    @Test func arraysOfMoreThanSixNumbersAreGroupedInColumns() throws {
        let source = #"""
            console.log([1, 2, 3, 4, 5, 6, 7]);
            var multiples = [];
            for (var i = 0; i < 26; i++) multiples.push(i * 7);
            console.log(multiples);
            console.log([-1, -22, 333, -4444, 5, 66, -777, 8888, 9, 10]);
            console.log([0.1, 0.25, 1e21, 1e-7, -0, 3.14159, 2.5, 100, 7]);
            """#
        let expected = #"""
            [
              1, 2, 3, 4,
              5, 6, 7
            ]
            [
                0,   7,  14,  21,  28,  35,  42,
               49,  56,  63,  70,  77,  84,  91,
               98, 105, 112, 119, 126, 133, 140,
              147, 154, 161, 168, 175
            ]
            [
                 -1,  -22, 333,
              -4444,    5,  66,
               -777, 8888,   9,
                 10
            ]
            [
                0.1,    0.25,
              1e+21,    1e-7,
                 -0, 3.14159,
                2.5,     100,
                  7
            ]
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// Columns of anything but numbers are left-aligned.
    @Test func groupedArraysOfOtherValuesAreLeftAligned() throws {
        let source = #"""
            console.log([1, "two", 3, "four", 5, "six", 7]);
            var words = [];
            for (var i = 0; i < 27; i++) words.push("word" + i);
            console.log(words);
            var pairs = [];
            for (var i = 0; i < 8; i++) pairs.push([i, i + 1]);
            console.log(pairs);
            var objects = [];
            for (var i = 0; i < 7; i++) objects.push({ i: i });
            console.log(objects);
            """#
        let expected = #"""
            [
              1, 'two',
              3, 'four',
              5, 'six',
              7
            ]
            [
              'word0',  'word1',  'word2',
              'word3',  'word4',  'word5',
              'word6',  'word7',  'word8',
              'word9',  'word10', 'word11',
              'word12', 'word13', 'word14',
              'word15', 'word16', 'word17',
              'word18', 'word19', 'word20',
              'word21', 'word22', 'word23',
              'word24', 'word25', 'word26'
            ]
            [
              [ 0, 1 ], [ 1, 2 ],
              [ 2, 3 ], [ 3, 4 ],
              [ 4, 5 ], [ 5, 6 ],
              [ 6, 7 ], [ 7, 8 ]
            ]
            [
              { i: 0 }, { i: 1 },
              { i: 2 }, { i: 3 },
              { i: 4 }, { i: 5 },
              { i: 6 }
            ]
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// Entries too wide for columns go one per line.
    @Test func longEntriesBreakOneEntryPerLine() throws {
        let source = #"""
            var longs = [];
            for (var i = 0; i < 10; i++) longs.push("item number " + i);
            console.log(longs);
            var wide = {};
            for (var i = 0; i < 12; i++) wide["key" + i] = i;
            console.log(wide);
            console.log({ level1: { level2: { arr: [1, 2, 3], obj: { x: 1 } } }, list: [[1, 2], [3, 4]] });
            """#
        let expected = #"""
            [
              'item number 0',
              'item number 1',
              'item number 2',
              'item number 3',
              'item number 4',
              'item number 5',
              'item number 6',
              'item number 7',
              'item number 8',
              'item number 9'
            ]
            {
              key0: 0,
              key1: 1,
              key2: 2,
              key3: 3,
              key4: 4,
              key5: 5,
              key6: 6,
              key7: 7,
              key8: 8,
              key9: 9,
              key10: 10,
              key11: 11
            }
            {
              level1: { level2: { arr: [Array], obj: [Object] } },
              list: [ [ 1, 2 ], [ 3, 4 ] ]
            }
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// Only the first 100 items print, then `... n more items`.
    @Test func moreThanAHundredItemsAreCut() throws {
        let source = #"""
            var hundred = [];
            for (var i = 0; i < 100; i++) hundred.push(i);
            console.log(hundred);
            hundred.push(100);
            console.log(hundred);
            var strings = [];
            for (var i = 0; i < 150; i++) strings.push("s" + i);
            console.log(strings);
            var mixed = [];
            for (var i = 0; i < 200; i++) mixed.push(i % 3 == 0 ? "str" + i : i);
            console.log(mixed);
            """#
        let expected = #"""
            [
               0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
              12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
              24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
              36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
              48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
              60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
              72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
              84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
              96, 97, 98, 99
            ]
            [
               0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
              12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
              24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
              36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
              48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
              60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
              72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
              84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
              96, 97, 98, 99,
              ... 1 more item
            ]
            [
              's0',  's1',  's2',  's3',  's4',  's5',  's6',  's7',
              's8',  's9',  's10', 's11', 's12', 's13', 's14', 's15',
              's16', 's17', 's18', 's19', 's20', 's21', 's22', 's23',
              's24', 's25', 's26', 's27', 's28', 's29', 's30', 's31',
              's32', 's33', 's34', 's35', 's36', 's37', 's38', 's39',
              's40', 's41', 's42', 's43', 's44', 's45', 's46', 's47',
              's48', 's49', 's50', 's51', 's52', 's53', 's54', 's55',
              's56', 's57', 's58', 's59', 's60', 's61', 's62', 's63',
              's64', 's65', 's66', 's67', 's68', 's69', 's70', 's71',
              's72', 's73', 's74', 's75', 's76', 's77', 's78', 's79',
              's80', 's81', 's82', 's83', 's84', 's85', 's86', 's87',
              's88', 's89', 's90', 's91', 's92', 's93', 's94', 's95',
              's96', 's97', 's98', 's99',
              ... 50 more items
            ]
            [
              'str0',  1,       2,       'str3',  4,       5,       'str6',  7,
              8,       'str9',  10,      11,      'str12', 13,      14,      'str15',
              16,      17,      'str18', 19,      20,      'str21', 22,      23,
              'str24', 25,      26,      'str27', 28,      29,      'str30', 31,
              32,      'str33', 34,      35,      'str36', 37,      38,      'str39',
              40,      41,      'str42', 43,      44,      'str45', 46,      47,
              'str48', 49,      50,      'str51', 52,      53,      'str54', 55,
              56,      'str57', 58,      59,      'str60', 61,      62,      'str63',
              64,      65,      'str66', 67,      68,      'str69', 70,      71,
              'str72', 73,      74,      'str75', 76,      77,      'str78', 79,
              80,      'str81', 82,      83,      'str84', 85,      86,      'str87',
              88,      89,      'str90', 91,      92,      'str93', 94,      95,
              'str96', 97,      98,      'str99',
              ... 100 more items
            ]
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// node's strEscape: quote choice, \\x escapes for C0/C1 controls (VT is \\x0B), \\u for lone surrogates.
    @Test func stringsAreQuotedAndEscapedLikeNode() throws {
        let source = #"""
            console.log(["it's", 'say "hi"', "both ' and \"", "all ' \" `", "tab\there", "nl\nx", "back\\slash"]);
            console.log(["\v\b\f\r", "\u0000\u001b\u007f", "\u0085\u009f\u00a0", "caf\u00e9 \u65e5\u672c \ud83d\ude00"]);
            console.log(["' \" ${x}", "' \" `"]);
            console.log([String.fromCharCode(0xD83D), "a" + String.fromCharCode(0xDC00) + "b"]);
            console.log("top-level strings print raw: it's \"so\"", 1, "x");
            """#
        let expected = #"""
            [
              "it's",
              'say "hi"',
              `both ' and "`,
              'all \' " `',
              'tab\there',
              'nl\nx',
              'back\\slash'
            ]
            [ '\x0B\b\f\r', '\x00\x1B\x7F', '\x85\x9F ', 'café 日本 😀' ]
            [ '\' " ${x}', '\' " `' ]
            [ '\ud83d', 'a\udc00b' ]
            top-level strings print raw: it's "so" 1 x
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// Keys outside /^[a-zA-Z_][a-zA-Z_0-9]*$/ are quoted; integer keys come first, ascending.
    @Test func keysThatAreNotIdentifiersAreQuoted() throws {
        let source = #"""
            console.log({ "a-b": 1, "1x": 2, "x y": 3, "": 4, _ok: 5, $d: 6, 7: "seven", ok9: 8 });
            console.log({ "with'quote": 1, 'dq"': 2, "\n": 3 });
            console.log({ 10: "ten", 2: "two", b: 1, 1: "one", a: 2 });
            """#
        let expected = #"""
            {
              '7': 'seven',
              'a-b': 1,
              '1x': 2,
              'x y': 3,
              '': 4,
              _ok: 5,
              '$d': 6,
              ok9: 8
            }
            { "with'quote": 1, 'dq"': 2, '\n': 3 }
            { '1': 'one', '2': 'two', '10': 'ten', b: 1, a: 2 }
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// `[Function: name]`, `[Function (anonymous)]`, properties after the name, `[Function]` past the depth limit.
    @Test func functionsShowTheirNames() throws {
        let source = #"""
            function f() {}
            const g = () => 1;
            console.log(f);
            console.log(function () {});
            console.log(g, [f, g]);
            console.log({ f: f, h: function () {}, k: () => 0 });
            console.log([Math.abs, console.log, String.fromCharCode]);
            f.prop = 1;
            console.log(f, [f]);
            console.log({ a: { b: { c: f } } });
            """#
        let expected = #"""
            [Function: f]
            [Function (anonymous)]
            [Function: g] [ [Function: f], [Function: g] ]
            { f: [Function: f], h: [Function: h], k: [Function: k] }
            [ [Function: abs], [Function: log], [Function: fromCharCode] ]
            [Function: f] { prop: 1 } [ [Function: f] { prop: 1 } ]
            { a: { b: { c: [Function] } } }
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// Runs of holes print as `<n empty items>`.
    @Test func holesAreCountedEmptyItems() throws {
        let source = #"""
            var holey = [1];
            holey[2] = 3;
            console.log(holey);
            console.log(new Array(5));
            var sparse = [];
            sparse[3] = 1;
            console.log(sparse);
            var spread = [1, 2];
            spread[5] = 6; spread[6] = 7; spread[7] = 8; spread[9] = 10;
            console.log(spread);
            var shrunk = [1, 2, 3];
            shrunk.length = 6;
            console.log(shrunk);
            var huge = new Array(120);
            huge[0] = 1; huge[119] = 2;
            console.log(huge);
            """#
        let expected = #"""
            [ 1, <1 empty item>, 3 ]
            [ <5 empty items> ]
            [ <3 empty items>, 1 ]
            [ 1, 2, <3 empty items>, 6, 7, 8, <1 empty item>, 10 ]
            [ 1, 2, 3, <3 empty items> ]
            [ 1, <118 empty items>, 2 ]
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// `<ref *1>` before the object that is referred back to, `[Circular *1]` where the cycle closes.
    @Test func circularReferencesAreMarkedOnBothEnds() throws {
        let source = #"""
            var o = {};
            o.self = o;
            console.log(o);
            var arr = [1];
            arr.push(arr);
            console.log(arr);
            var a = { name: "a" };
            var b = { name: "b", a: a };
            a.b = b;
            console.log(a);
            console.log({ x: a });
            console.log([o, o]);
            console.log(o, o);
            """#
        let expected = #"""
            <ref *1> { self: [Circular *1] }
            <ref *1> [ 1, [Circular *1] ]
            <ref *1> { name: 'a', b: { name: 'b', a: [Circular *1] } }
            { x: <ref *1> { name: 'a', b: { name: 'b', a: [Circular *1] } } }
            [ <ref *1> { self: [Circular *1] }, <ref *1> { self: [Circular *1] } ]
            <ref *1> { self: [Circular *1] } <ref *1> { self: [Circular *1] }
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// Each object closing a cycle gets the next number.
    @Test func severalCyclesAreNumberedInTheOrderFound() throws {
        let source = #"""
            var p = { name: "p" };
            var q = { name: "q" };
            p.q = q; q.self = q; q.p = p;
            console.log(p);
            console.log([p, q]);
            var holder = { list: [] };
            holder.list.push(holder);
            holder.list.push(holder.list);
            console.log(holder);
            var deep = {};
            deep.a = { b: { c: { d: deep } } };
            console.log(deep);
            """#
        let expected = #"""
            <ref *2> {
              name: 'p',
              q: <ref *1> { name: 'q', self: [Circular *1], p: [Circular *2] }
            }
            [
              <ref *2> {
                name: 'p',
                q: <ref *1> { name: 'q', self: [Circular *1], p: [Circular *2] }
              },
              <ref *1> {
                name: 'q',
                self: [Circular *1],
                p: <ref *2> { name: 'p', q: [Circular *1] }
              }
            ]
            <ref *1> { list: <ref *2> [ [Circular *1], [Circular *2] ] }
            { a: { b: { c: [Object] } } }
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// A function can be part of a cycle through its own properties.
    @Test func aFunctionInACycle() throws {
        let source = #"""
            function f() {}
            f.prop = 1;
            f.self = f;
            console.log(f);
            console.log([f]);
            """#
        let expected = #"""
            <ref *1> [Function: f] { prop: 1, self: [Circular *1] }
            [ <ref *1> [Function: f] { prop: 1, self: [Circular *1] } ]
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// Strings longer than the remaining line are split after each newline and joined with ` +`.
    @Test func longStringsAreSplitAfterNewlines() throws {
        let source = #"""
            var text = "";
            for (var i = 0; i < 6; i++) text += "line " + i + "\n";
            text += "last";
            console.log([text]);
            console.log({ a: { b: text } });
            console.log({ deep: { deeper: { deepest: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nb" } } });
            console.log(["short\nstays\none\npiece"]);
            var noNewline = "";
            for (var i = 0; i < 100; i++) noNewline += "z";
            console.log([noNewline]);
            """#
        let expected = #"""
            [ 'line 0\nline 1\nline 2\nline 3\nline 4\nline 5\nlast' ]
            { a: { b: 'line 0\nline 1\nline 2\nline 3\nline 4\nline 5\nlast' } }
            {
              deep: {
                deeper: {
                  deepest: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n' +
                    'b'
                }
              }
            }
            [ 'short\nstays\none\npiece' ]
            [
              'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'
            ]
            """#
        #expect(try Self.printed(source) == expected + "\n")
    }

    /// Strings past 10000 code units are cut, with the count of the rest.
    @Test func veryLongStringsAreCutAtTenThousandCharacters() throws {
        let source = """
            var s = "";
            for (var i = 0; i < 10005; i++) s += i % 10;
            console.log({ s: s });
            console.log(s.length);
            """
        let digits = String(repeating: "0123456789", count: 1000)
        #expect(try Self.printed(source) == "{\n  s: '\(digits)'... 5 more characters\n}\n10005\n")
    }

    // MARK: Display width, attributes and constructors

    /// Grouped columns are measured in terminal columns: wide characters and emoji count 2.
    @Test func wideCharactersInGroupedArrays() throws {
        let expected = """
            [
              '😀',   'é',
              '日本', 'a',
              'b',    'c',
              'd'
            ]

            """
        #expect(try Self.printed(#"console.log(["😀", "é", "日本", "a", "b", "c", "d"]);"#) == expected)
    }

    /// Builtin properties are non-enumerable, and Math carries its tag.
    @Test func builtinObjectsShowNoProperties() throws {
        #expect(try Self.printed("console.log(Math, String, [String]);") == "Object [Math] {} [Function: String] [ [Function: String] ]\n")
    }

    /// Combining marks, zero-width and control characters count 0; CJK, fullwidth forms and
    /// emoji 2 (node's getStringWidth).
    @Test("display widths", arguments: [
        ("abc", 3), ("", 0), ("é", 1), ("e\u{301}", 1), ("日本", 4), ("😀", 2), ("ｈｉ", 4), ("\u{200B}", 0),
        ("a\u{7}b", 2), ("한글", 4), ("\u{1F469}\u{200D}\u{1F4BB}", 4), ("\u{FE0F}", 0), ("'😀', ", 6), ("\u{20000}", 2),
    ])
    func displayWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    /// Numbers pad on the left by display width: a column of wide strings lines up too.
    @Test func wideStringsPadByDisplayWidthInEveryColumn() throws {
        let source = #"console.log(["日本語", "a", "bb", "日", "c", "dd", "e", "f", "日本", "g"]);"#
        let expected = """
            [
              '日本語', 'a',
              'bb',     '日',
              'c',      'dd',
              'e',      'f',
              '日本',   'g'
            ]

            """
        #expect(try Self.printed(source) == expected)
    }

    /// A property added with no attributes is skipped by console.log and goes to another shape
    /// than the same name added enumerable.
    @Test func nonEnumerablePropertiesHaveTheirOwnShapesAndAreNotPrinted() throws {
        let runtime = Runtime(output: { _ in })
        let shown = runtime.newObject().asCell, hidden = runtime.newObject().asCell
        runtime.setOwn(shown, runtime.intern("k"), Value(int32: 1))
        runtime.setOwn(hidden, runtime.intern("k"), Value(int32: 1), attributes: [])
        #expect(Shape.of(shown) !== Shape.of(hidden))
        #expect(Shape.of(hidden).attributes == [[]])
        #expect(runtime.emptyObjectShape.adding(runtime.intern("k"), attributes: []) === Shape.of(hidden), "the transition is remembered")
        var inspector = Inspector(runtime: runtime)
        #expect(inspector.inspect(Value(cell: shown)) == "{ k: 1 }")
        #expect(inspector.inspect(Value(cell: hidden)) == "{}")
        var hiddenShown = Inspector(runtime: runtime, depth: 2, showHidden: true)
        #expect(hiddenShown.inspect(Value(cell: hidden)) == "{ [k]: 1 }")
    }

    @Test("prefixes of constructor names and tags", arguments: [
        (nil, nil, false, ""), (nil, nil, true, ""), ("Point", nil, false, "Point "), (nil, "Math", false, "Object [Math] "),
        ("Point", "Point", false, "Point "), ("Point", "Tag", false, "Point [Tag] "), (nil, "Tag", true, "Array [Tag] "),
    ] as [(String?, String?, Bool, String)])
    func prefix(constructor: String?, tag: String?, isArray: Bool, expected: String) {
        #expect(Inspector.prefix(constructor: constructor, tag: tag, isArray: isArray) == expected)
    }

    /// `%j` of a value nested past node's stack is node's RangeError, not a native overflow.
    @Test func jsonOfVeryDeepNestingIsARangeError() throws {
        let source = "var a = [];\nfor (var i = 0; i < 20000; i++) a = [a];\nconsole.log('%j', a);"
        do {
            _ = try ScriptRun(source)
            Issue.record("no error")
        } catch {
            #expect(error.headline == "RangeError: Maximum call stack size exceeded")
        }
        #expect(try Self.printed("var a = [];\nfor (var i = 0; i < 3; i++) a = [a, { k: 'v' }];\nconsole.log('%j', a);")
                == #"[[[[],{"k":"v"}],{"k":"v"}],{"k":"v"}]"# + "\n")
    }

    @Test("parseInt and parseFloat as %i and %f use them", arguments: [
        ("  -0x1Fz", -31.0, -0.0), ("12.5e2px", 12, 1250), ("\n\t+7", 7, 7), ("-Infinity!", .nan, -.infinity),
        ("1e", 1, 1), (".e5", .nan, .nan), ("", .nan, .nan), ("-", .nan, .nan), ("0x", .nan, 0), ("00017", 17, 17),
    ] as [(String, Double, Double)])
    func parseIntAndFloat(text: String, integer: Double, float: Double) {
        let units = Array(text.utf16)
        let parsedInt = units.withUnsafeBufferPointer { Runtime.parseInt($0) }
        let parsedFloat = units.withUnsafeBufferPointer { Runtime.parseFloat($0) }
        #expect(parsedInt.bitPattern == integer.bitPattern || (parsedInt.isNaN && integer.isNaN), "parseInt(\(text.debugDescription))")
        #expect(parsedFloat.bitPattern == float.bitPattern || (parsedFloat.isNaN && float.isNaN), "parseFloat(\(text.debugDescription))")
    }

    /// Each constructor's objects start from its own root shape, which names it; `new` of
    /// the same function reuses it, whatever the tier.
    @Test func objectsOfAConstructorShareItsInitialShape() throws {
        let source = """
            function Point() {}
            function Other() {}
            var a = new Point(), b = new Point(), c = new Other();
            a.x = 1; b.x = 2; c.x = 3;
            console.log(a, b, c, [new Point()]);
            """
        #expect(try Self.printed(source) == "Point { x: 1 } Point { x: 2 } Other { x: 3 } [ Point {} ]\n")
    }
}
