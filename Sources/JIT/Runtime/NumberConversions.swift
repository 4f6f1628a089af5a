/// JavaScript's number conversions (ECMA-262), exactly as V8/node behave.
///
/// Standard library only: the shortest round-trip digits come from `Double.description`, and the
/// correctly rounded decimal parse from `Double(String)`; this file only lays the digits out and
/// validates the grammar the way ECMAScript does.
public enum JSNumber {
    // MARK: - Number::toString (§6.1.6.1.20)

    /// Number::toString(x) in radix 10 (ECMA-262 §6.1.6.1.20), e.g. what String(x) gives in JS:
    /// shortest round-trip digits; "NaN", "Infinity", "-Infinity"; -0 gives "0";
    /// decimal notation for 1e-7 < |x| < 1e21 (e.g. 123456789012345680000, 0.000001),
    /// exponent notation otherwise ("1e+21", "1.5e-7", "-1.7976931348623157e+308", "5e-324").
    public static func toString(_ value: Double) -> String {
        // Steps 1-4: the special values.
        if value.isNaN { return "NaN" }
        if value == 0 { return "0" }  // both +0 and -0
        if value < 0 { return "-" + toString(-value) }
        if value.isInfinite { return "Infinity" }

        // Step 5: the shortest digits s (k of them) and n with s × 10^(n−k) = value.
        let (digits, n) = shortestDigits(value)
        let k = digits.count

        // Steps 6-10: lay them out.
        if k <= n && n <= 21 {
            // An integer: the digits, then n−k zeros.
            return String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            // The decimal point falls inside the digits.
            return String(decoding: digits[..<n], as: UTF8.self) + "."
                + String(decoding: digits[n...], as: UTF8.self)
        }
        if -6 < n && n <= 0 {
            // A small fraction: "0.", −n zeros, the digits.
            return "0." + String(repeating: "0", count: -n) + String(decoding: digits, as: UTF8.self)
        }
        // Exponent notation; the exponent is n−1, always signed.
        let exponent = n - 1
        let sign = exponent < 0 ? "-" : "+"
        var result = String(decoding: digits[..<1], as: UTF8.self)
        if k > 1 {
            result += "." + String(decoding: digits[1...], as: UTF8.self)
        }
        return result + "e" + sign + String(exponent.magnitude)
    }

    /// The shortest round-trip decimal digits of a finite positive double (ASCII, no leading or
    /// trailing zeros) and n, the position of the decimal point: value = 0.d₁d₂…d_k × 10^n.
    ///
    /// Swift's `description` already picks the shortest digit string that round-trips and, among
    /// those, the one closest to the exact value, which is what §6.1.6.1.20 step 5 asks (and what
    /// V8 does). It writes it as "123.0", "0.001", "1e-07" or "1.2345678901234568e+19"; only the
    /// layout needs undoing.
    private static func shortestDigits(_ value: Double) -> (digits: [UInt8], n: Int) {
        let text = Array(value.description.utf8)
        let e = UInt8(ascii: "e"), dot = UInt8(ascii: "."), zero = UInt8(ascii: "0")

        // Split off the exponent part, if any ("e-07", "e+19").
        var mantissa = text[...]
        var exponent = 0
        if let ePosition = text.firstIndex(of: e) {
            mantissa = text[..<ePosition]
            var negative = false
            for unit in text[(ePosition + 1)...] {
                switch unit {
                case UInt8(ascii: "-"): negative = true
                case UInt8(ascii: "+"): break
                default: exponent = exponent * 10 + Int(unit &- zero)
                }
            }
            if negative { exponent = -exponent }
        }

        // "ddd.fff" × 10^exponent: n starts as the count of integer digits plus the exponent.
        var digits: [UInt8] = []
        var integerDigits = 0
        var seenDot = false
        for unit in mantissa {
            if unit == dot {
                seenDot = true
            } else {
                digits.append(unit)
                if !seenDot { integerDigits += 1 }
            }
        }
        var n = integerDigits + exponent

        // Leading zeros ("0.001") move the point; trailing zeros ("100.0") just go.
        var leading = 0
        while leading < digits.count && digits[leading] == zero { leading += 1 }
        n -= leading
        var trailing = digits.count
        while trailing > leading && digits[trailing - 1] == zero { trailing -= 1 }
        let significant = Array(digits[leading..<trailing])
        // Unreachable for a positive finite value; guards against an unexpected description.
        if significant.isEmpty { return ([zero], 1) }
        return (significant, n)
    }

    // MARK: - StringToNumber (§7.1.4.1.1)

    /// StringToNumber (ECMA-262 §7.1.4.1.1) over UTF-16 code units: trims JS whitespace and
    /// line terminators; "" or all-whitespace gives 0; "0x1F"/"0X1f", "0o17", "0b101" (no sign
    /// allowed with these prefixes); "Infinity", "+Infinity", "-Infinity"; decimal literals with
    /// optional sign, optional fraction, optional exponent; anything else gives NaN.
    public static func parse<C: Collection>(_ units: C) -> Double where C.Element == UInt16 {
        let all = Array(units)
        // StrWhiteSpace (§7.1.4.1): WhiteSpace and LineTerminator on both ends.
        var start = 0
        var end = all.count
        while start < end && isWhiteSpaceOrLineTerminator(all[start]) { start += 1 }
        while end > start && isWhiteSpaceOrLineTerminator(all[end - 1]) { end -= 1 }
        // StringNumericLiteral ::: StrWhiteSpace_opt gives +0.
        if start == end { return 0 }
        let text = all[start..<end]

        // NonDecimalIntegerLiteral: 0x / 0o / 0b, unsigned, at least one digit, no separators.
        if text.count >= 2 && text[start] == ascii("0") {
            switch text[start + 1] | 0x20 {  // | 0x20 lowercases ASCII letters
            case ascii("x"): return parseBinaryRadix(text.dropFirst(2), bitsPerDigit: 4)
            case ascii("o"): return parseBinaryRadix(text.dropFirst(2), bitsPerDigit: 3)
            case ascii("b"): return parseBinaryRadix(text.dropFirst(2), bitsPerDigit: 1)
            default: break
            }
        }
        return parseDecimal(text)
    }

    /// Convenience for Swift strings: parse(Array(string.utf16)).
    public static func parse(_ string: String) -> Double {
        parse(Array(string.utf16))
    }

    private static func ascii(_ character: Unicode.Scalar) -> UInt16 {
        UInt16(character.value)
    }

    /// WhiteSpace (§12.2) and LineTerminator (§12.3). WhiteSpace is TAB, VT, FF, ZWNBSP and any
    /// Space_Separator (Zs) code point; Zs is exactly the list below (U+180E left Zs in Unicode
    /// 6.3, so it is not whitespace).
    private static func isWhiteSpaceOrLineTerminator(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x0009, 0x000B, 0x000C, 0xFEFF: return true  // TAB, VT, FF, ZWNBSP
        case 0x000A, 0x000D, 0x2028, 0x2029: return true  // LF, CR, LS, PS
        case 0x0020, 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true  // Zs
        default: return false
        }
    }

    /// The digits of a 0x / 0o / 0b literal (after the prefix), correctly rounded to nearest,
    /// ties to even (§7.1.4.1: the literal's exact MV is rounded by RoundMVResult, like any Number).
    ///
    /// The first digits go into a 64-bit integer; once it is full, later digits only scale the
    /// value (one factor 2^bitsPerDigit each) and, if nonzero, set a sticky bit. The integer then
    /// holds at least 61 significant bits, so the sticky bit in bit 0 lies below the rounding
    /// bit and only breaks ties, which is all it must do.
    private static func parseBinaryRadix(_ digits: ArraySlice<UInt16>, bitsPerDigit: Int) -> Double {
        if digits.isEmpty { return .nan }  // "0x" alone
        let radix = UInt64(1) << UInt64(bitsPerDigit)
        var mantissa: UInt64 = 0
        var droppedDigits = 0
        var sticky = false
        for unit in digits {
            guard let digit = hexDigitValue(unit), digit < radix else { return .nan }
            if mantissa >> UInt64(64 - bitsPerDigit) == 0 {
                mantissa = mantissa << UInt64(bitsPerDigit) | digit
            } else {
                droppedDigits += 1
                if digit != 0 { sticky = true }
            }
        }
        if sticky { mantissa |= 1 }
        // Double(UInt64) rounds to nearest even; scaling by a power of two is then exact (or
        // overflows to Infinity exactly when the rounded value is too large). The cap only keeps
        // the exponent in Int range for absurd inputs; anything past 2^1024 is Infinity anyway.
        let scale = min(droppedDigits * bitsPerDigit, 2048)
        return Double(sign: .plus, exponent: scale, significand: Double(mantissa))
    }

    private static func hexDigitValue(_ unit: UInt16) -> UInt64? {
        switch unit {
        case 0x30...0x39: return UInt64(unit - 0x30)  // 0-9
        case 0x41...0x46: return UInt64(unit - 0x41 + 10)  // A-F
        case 0x61...0x66: return UInt64(unit - 0x61 + 10)  // a-f
        default: return nil
        }
    }

    /// StrDecimalLiteral (§7.1.4.1): a sign, then "Infinity" or
    /// DecimalDigits [. DecimalDigits_opt] [ExponentPart] | . DecimalDigits [ExponentPart].
    /// The grammar is checked here; the correctly rounded value comes from `Double(String)`.
    private static func parseDecimal(_ text: ArraySlice<UInt16>) -> Double {
        var index = text.startIndex
        var negative = false
        if text[index] == ascii("+") || text[index] == ascii("-") {
            negative = text[index] == ascii("-")
            index += 1
        }
        let body = text[index...]
        if body.elementsEqual("Infinity".utf16) {  // case-sensitive: "infinity" is NaN
            return negative ? -.infinity : .infinity
        }

        func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
        func skipDigits() -> Int {
            let first = index
            while index < text.endIndex && isDigit(text[index]) { index += 1 }
            return index - first
        }

        let integerDigits = skipDigits()
        var fractionDigits = 0
        if index < text.endIndex && text[index] == ascii(".") {
            index += 1
            fractionDigits = skipDigits()
        }
        // At least one digit before or after the point: ".", "+", "e5", ".e5" are NaN.
        if integerDigits + fractionDigits == 0 { return .nan }
        if index < text.endIndex && (text[index] | 0x20) == ascii("e") {
            index += 1
            if index < text.endIndex && (text[index] == ascii("+") || text[index] == ascii("-")) {
                index += 1
            }
            // ExponentPart needs digits: "1e", "1e+" are NaN.
            if skipDigits() == 0 { return .nan }
        }
        if index != text.endIndex { return .nan }  // trailing garbage

        // Everything in body is now ASCII: digits, '.', 'e'/'E', and an exponent sign.
        // Swift's parser accepts this syntax, rounds correctly, and gives ±Infinity / ±0 on
        // overflow / underflow. The sign is applied here so "-0" and "-1e-400" give -0.
        let ascii = String(decoding: body.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
        guard let magnitude = Double(ascii) else { return .nan }  // not expected to happen
        return negative ? -magnitude : magnitude
    }

    // MARK: - ToInt32 / ToUint32 (§7.1.6, §7.1.7)

    /// ToInt32 (§7.1.6): NaN/±Infinity → 0, otherwise truncate toward zero, then modulo 2^32
    /// into the signed range. Exact for every double.
    public static func toInt32(_ value: Double) -> Int32 {
        Int32(bitPattern: toUint32(value))
    }

    /// ToUint32 (§7.1.7): NaN/±Infinity → 0, otherwise truncate toward zero, then modulo 2^32
    /// into 0..<2^32. Exact for every double.
    ///
    /// Works on the bits rather than with `rounded(.towardZero)` / `truncatingRemainder`: those
    /// call into libm, which a Foundation-free module does not link by itself, and the integer
    /// route is exact by construction: |x| = significand × 2^shift with a 53-bit integer
    /// significand, and only the low 32 bits of the truncated integer matter.
    public static func toUint32(_ value: Double) -> UInt32 {
        let biasedExponent = Int(value.exponentBitPattern)
        // Step 2: NaN and ±Infinity give +0 (all-ones exponent). Zeros and subnormals are below 1
        // in magnitude, so they truncate to 0.
        if biasedExponent == 0x7FF || biasedExponent == 0 { return 0 }
        let significand = value.significandBitPattern | (1 << 52)  // restore the hidden bit
        let shift = biasedExponent - 1075  // |value| = significand × 2^shift
        let magnitude: UInt32
        if shift <= -53 {
            magnitude = 0  // |value| < 1
        } else if shift < 0 {
            magnitude = UInt32(truncatingIfNeeded: significand >> UInt64(-shift))  // truncate
        } else if shift < 32 {
            magnitude = UInt32(truncatingIfNeeded: significand << UInt64(shift))  // modulo 2^32
        } else {
            magnitude = 0  // a multiple of 2^32
        }
        // Steps 3-4: modulo 2^32 of a negative integer is 2^32 − (|int| modulo 2^32).
        return value.sign == .minus ? 0 &- magnitude : magnitude
    }

    /// True when the double is an int32 value that is not -0 (so it can use the int32 encoding).
    public static func isInt32(_ value: Double) -> Bool {
        // The range check is false for NaN and makes the Int32 conversion below safe (it truncates).
        // Not `Int32(exactly:)`: that pulls in libm's rounding functions (see toUint32).
        guard value >= -2147483648.0 && value <= 2147483647.0 else { return false }
        guard Double(Int32(value)) == value else { return false }  // no fraction
        return !(value == 0 && value.sign == .minus)
    }
}
