import Glibc

/// sin, cos and tan of V8's fdlibm port: argument reduction by pi/2 (e_rem_pio2.c, and
/// k_rem_pio2.c for huge arguments) and the kernels on [-pi/4, pi/4] (k_sin.c, k_cos.c, k_tan.c).
extension IEEE754 {
    static func sin(_ x: Double) -> Double {
        let ix = high(x) & 0x7fff_ffff
        if ix <= 0x3fe9_21fb { return kernelSin(x, 0, hasTail: false) } // |x| ~<= pi/4
        if ix >= 0x7ff0_0000 { return .nan }
        let (n, y0, y1) = remPio2(x)
        switch n & 3 {
        case 0: return kernelSin(y0, y1, hasTail: true)
        case 1: return kernelCos(y0, y1)
        case 2: return -kernelSin(y0, y1, hasTail: true)
        default: return -kernelCos(y0, y1)
        }
    }

    static func cos(_ x: Double) -> Double {
        let ix = high(x) & 0x7fff_ffff
        if ix <= 0x3fe9_21fb { return kernelCos(x, 0) }
        if ix >= 0x7ff0_0000 { return .nan }
        let (n, y0, y1) = remPio2(x)
        switch n & 3 {
        case 0: return kernelCos(y0, y1)
        case 1: return -kernelSin(y0, y1, hasTail: true)
        case 2: return -kernelCos(y0, y1)
        default: return kernelSin(y0, y1, hasTail: true)
        }
    }

    static func tan(_ x: Double) -> Double {
        let ix = high(x) & 0x7fff_ffff
        if ix <= 0x3fe9_21fb { return kernelTan(x, 0, 1) }
        if ix >= 0x7ff0_0000 { return .nan }
        let (n, y0, y1) = remPio2(x)
        return kernelTan(y0, y1, 1 - ((n & 1) << 1)) // 1: n even, -1: n odd
    }

    // MARK: Kernels on [-pi/4, pi/4]; y is the tail of x

    static func kernelSin(_ x: Double, _ y: Double, hasTail: Bool) -> Double {
        let s1 = -1.66666666666666324348e-01, s2 = 8.33333333332248946124e-03
        let s3 = -1.98412698298579493134e-04, s4 = 2.75573137070700676789e-06
        let s5 = -2.50507602534068634195e-08, s6 = 1.58969099521155010221e-10
        if high(x) & 0x7fff_ffff < 0x3e40_0000 { return x } // |x| < 2**-27
        let z = x * x
        let v = z * x
        let r = s2 + z * (s3 + z * (s4 + z * (s5 + z * s6)))
        if !hasTail { return x + v * (s1 + z * r) }
        return x - ((z * (0.5 * y - v * r) - y) - v * s1)
    }

    static func kernelCos(_ x: Double, _ y: Double) -> Double {
        let c1 = 4.16666666666666019037e-02, c2 = -1.38888888888741095749e-03
        let c3 = 2.48015872894767294178e-05, c4 = -2.75573143513906633035e-07
        let c5 = 2.08757232129817482790e-09, c6 = -1.13596475577881948265e-11
        let ix = high(x) & 0x7fff_ffff
        if ix < 0x3e40_0000 { return 1 } // |x| < 2**-27
        let z = x * x
        let r = z * (c1 + z * (c2 + z * (c3 + z * (c4 + z * (c5 + z * c6)))))
        if ix < 0x3fd3_3333 { return 1 - (0.5 * z - (z * r - x * y)) } // |x| < 0.3
        let qx = ix > 0x3fe9_0000 ? 0.28125 : double(high: ix - 0x0020_0000, low: 0) // x/4
        let hz = 0.5 * z - qx
        let a = 1 - qx
        return a - (hz - (z * r - x * y))
    }

    static let tanCoefficients: [Double] = [
        3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02, 2.18694882948595424599e-02,
        8.86323982359930005737e-03, 3.59207910759131235356e-03, 1.45620945432529025516e-03, 5.88041240820264096874e-04,
        2.46463134818469906812e-04, 7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
        2.59073051863633712884e-05,
    ]

    /// tan(x+y) for k = 1, -1/tan(x+y) for k = -1.
    static func kernelTan(_ x: Double, _ y: Double, _ k: Int32) -> Double {
        let t = tanCoefficients
        let pio4Lo = 3.06161699786838301793e-17
        var x = x, y = y
        let hx = high(x)
        let ix = hx & 0x7fff_ffff
        if ix < 0x3e30_0000 { // |x| < 2**-28
            if UInt32(bitPattern: ix) | low(x) == 0 && k == -1 { return 1 / Swift.abs(x) }
            if k == 1 { return x }
            return negatedReciprocal(x + y, x, y) // -1/(x+y) carefully
        }
        let big = ix >= 0x3fe5_9428 // |x| >= 0.6744
        if big {
            if hx < 0 { x = -x; y = -y }
            x = (pio4Hi - x) + (pio4Lo - y)
            y = 0
        }
        let z = x * x
        var w = z * z
        var r = t[1] + w * (t[3] + w * (t[5] + w * (t[7] + w * (t[9] + w * t[11]))))
        let v = z * (t[2] + w * (t[4] + w * (t[6] + w * (t[8] + w * (t[10] + w * t[12])))))
        let s = z * x
        r = y + z * (s * (r + v) + y)
        r += t[0] * s
        w = x + r
        if big {
            let kd = Double(k)
            return Double(1 - ((hx >> 30) & 2)) * (kd - 2.0 * (x - (w * w / (w + kd) - r)))
        }
        if k == 1 { return w }
        return negatedReciprocal(w, x, r)
    }

    /// -1/w with w = x + tail, computed with split high parts so the quotient is accurate.
    private static func negatedReciprocal(_ w: Double, _ x: Double, _ tail: Double) -> Double {
        let z = withLowCleared(w)
        let v = tail - (z - x) // z + v = x + tail
        let a = -1.0 / w
        let t = withLowCleared(a)
        let s = 1.0 + t * z
        return t + a * (s + t * v)
    }

    // MARK: Argument reduction

    static let twoOverPi: [Int32] = [ // 2/pi in 24-bit pieces
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7,
        0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C,
        0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11,
        0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7,
        0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E,
        0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    ]
    /// High words of n*pi/2 for n = 1...32.
    static let nPio2High: [Int32] = [
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB, 0x402C463A,
        0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
        0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C, 0x4043A28C, 0x40446B9C, 0x404534AC,
        0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
    ]

    /// x - n*pi/2 = y0 + y1 with |y0 + y1| <= pi/4 (e_rem_pio2.c).
    static func remPio2(_ x: Double) -> (n: Int32, y0: Double, y1: Double) {
        let invPio2 = 6.36619772367581382433e-01
        let pio2_1 = 1.57079632673412561417e+00, pio2_1t = 6.07710050650619224932e-11
        let pio2_2 = 6.07710050630396597660e-11, pio2_2t = 2.02226624879595063154e-21
        let pio2_3 = 2.02226624871116645580e-21, pio2_3t = 8.47842766036889956997e-32
        let hx = high(x)
        let ix = hx & 0x7fff_ffff
        if ix < 0x4002_d97c { // |x| < 3pi/4: n = ±1
            let sign: Double = hx > 0 ? 1 : -1
            var z = x - sign * pio2_1
            if ix != 0x3ff9_21fb { // 33+53 bits of pi are enough
                let y0 = z - sign * pio2_1t
                return (Int32(sign), y0, (z - y0) - sign * pio2_1t)
            }
            z -= sign * pio2_2 // near pi/2: 33+33+53 bits
            let y0 = z - sign * pio2_2t
            return (Int32(sign), y0, (z - y0) - sign * pio2_2t)
        }
        if ix <= 0x4139_21fb { // |x| ~<= 2**19 * pi/2: medium size
            let t = Swift.abs(x)
            let n = Int32(t * invPio2 + 0.5)
            let fn = Double(n)
            var r = t - fn * pio2_1
            var w = fn * pio2_1t // first round good to 85 bits
            var y0 = r - w
            if !(n < 32 && ix != nPio2High[Int(n) - 1]) {
                let j = ix >> 20
                var i = j - ((high(y0) >> 20) & 0x7ff)
                if i > 16 { // second iteration, good to 118 bits
                    var t = r
                    w = fn * pio2_2
                    r = t - w
                    w = fn * pio2_2t - ((t - r) - w)
                    y0 = r - w
                    i = j - ((high(y0) >> 20) & 0x7ff)
                    if i > 49 { // third iteration, 151 bits
                        t = r
                        w = fn * pio2_3
                        r = t - w
                        w = fn * pio2_3t - ((t - r) - w)
                        y0 = r - w
                    }
                }
            }
            let y1 = (r - y0) - w
            return hx < 0 ? (-n, -y0, -y1) : (n, y0, y1)
        }
        // Huge: z = |x| scaled to [2**23, 2**24), cut into three 24-bit pieces.
        let e0 = (ix >> 20) - 1046
        var z = double(high: ix - (e0 << 20), low: low(x))
        var tx = [0.0, 0.0, 0.0]
        for i in 0..<2 {
            tx[i] = Double(Int32(z))
            z = (z - tx[i]) * 16777216.0
        }
        tx[2] = z
        var nx = 3
        while tx[nx - 1] == 0 { nx -= 1 }
        let (n, y0, y1) = kernelRemPio2(Array(tx[0..<nx]), e0: Int(e0))
        return hx < 0 ? (-n, -y0, -y1) : (n, y0, y1)
    }

    /// The reduction of huge arguments by Payne and Hanek's method with 2/pi in 24-bit pieces
    /// (k_rem_pio2.c at prec 2): x = sum(x[i] * 2**(e0 - 24i)).
    static func kernelRemPio2(_ x: [Double], e0: Int) -> (Int32, Double, Double) {
        let pio2Pieces = [
            1.57079625129699707031e+00, 7.54978941586159635335e-08, 5.39030252995776476554e-15, 3.28200341580791294123e-22,
            1.27065575308067607349e-29, 1.22933308981111328932e-36, 2.73370053816464559624e-44, 2.16741683877804819444e-51,
        ]
        let two24 = 16777216.0, twoM24 = 5.96046447753906250000e-08
        let jk = 4, jp = 4
        let jx = x.count - 1
        let jv = max((e0 - 3) / 24, 0)
        var q0 = e0 - 24 * (jv + 1)
        var f = [Double](repeating: 0, count: 20), q = [Double](repeating: 0, count: 20)
        var fq = [Double](repeating: 0, count: 20)
        var iq = [Int32](repeating: 0, count: 20)
        // f[0...jx+jk] are twoOverPi[jv-jx...jv+jk].
        var j = jv - jx
        for i in 0...(jx + jk) {
            f[i] = j < 0 ? 0 : Double(twoOverPi[j])
            j += 1
        }
        for i in 0...jk {
            var fw = 0.0
            for j in 0...jx { fw += x[j] * f[jx + i - j] }
            q[i] = fw
        }
        var jz = jk
        var z = 0.0, n: Int32 = 0, ih: Int32 = 0
        while true {
            // Distill q[] into iq[] in reverse order.
            z = q[jz]
            var i = 0
            var jj = jz
            while jj > 0 {
                let fw = Double(Int32(twoM24 * z))
                iq[i] = Int32(z - two24 * fw)
                z = q[jj - 1] + fw
                i += 1
                jj -= 1
            }
            z = Glibc.scalbn(z, Int32(q0))
            z -= 8.0 * (z * 0.125).rounded(.down) // the integer part mod 8
            n = Int32(z)
            z -= Double(n)
            ih = 0
            if q0 > 0 { // iq[jz-1] holds integer bits
                let bits = iq[jz - 1] >> (24 - q0)
                n += bits
                iq[jz - 1] -= bits << (24 - q0)
                ih = iq[jz - 1] >> (23 - q0)
            } else if q0 == 0 {
                ih = iq[jz - 1] >> 23
            } else if z >= 0.5 {
                ih = 2
            }
            if ih > 0 { // q > 0.5
                n += 1
                var carry = false
                for i in 0..<jz {
                    let value = iq[i]
                    if !carry {
                        if value != 0 {
                            carry = true
                            iq[i] = 0x100_0000 - value
                        }
                    } else {
                        iq[i] = 0xff_ffff - value
                    }
                }
                if q0 == 1 { iq[jz - 1] &= 0x7f_ffff } else if q0 == 2 { iq[jz - 1] &= 0x3f_ffff }
                if ih == 2 {
                    z = 1 - z
                    if carry { z -= Glibc.scalbn(1.0, Int32(q0)) }
                }
            }
            // Recompute with more terms when the fraction cancelled entirely.
            if z == 0 {
                var bits: Int32 = 0
                var i = jz - 1
                while i >= jk { bits |= iq[i]; i -= 1 }
                if bits == 0 {
                    var k = 1
                    while iq[jk - k] == 0 { k += 1 }
                    for i in (jz + 1)...(jz + k) {
                        f[jx + i] = Double(twoOverPi[jv + i])
                        var fw = 0.0
                        for j in 0...jx { fw += x[j] * f[jx + i - j] }
                        q[i] = fw
                    }
                    jz += k
                    continue
                }
            }
            break
        }
        // Chop off zero terms.
        if z == 0 {
            jz -= 1
            q0 -= 24
            while iq[jz] == 0 { jz -= 1; q0 -= 24 }
        } else {
            z = Glibc.scalbn(z, Int32(-q0))
            if z >= two24 {
                let fw = Double(Int32(twoM24 * z))
                iq[jz] = Int32(z - two24 * fw)
                jz += 1
                q0 += 24
                iq[jz] = Int32(fw)
            } else {
                iq[jz] = Int32(z)
            }
        }
        // q[] = the fraction as doubles, then fq[] = q * pi/2.
        var fw = Glibc.scalbn(1.0, Int32(q0))
        for i in stride(from: jz, through: 0, by: -1) {
            q[i] = fw * Double(iq[i])
            fw *= twoM24
        }
        for i in stride(from: jz, through: 0, by: -1) {
            var sum = 0.0
            var k = 0
            while k <= jp && k <= jz - i {
                sum += pio2Pieces[k] * q[i + k]
                k += 1
            }
            fq[jz - i] = sum
        }
        var sum = 0.0
        for i in stride(from: jz, through: 0, by: -1) { sum += fq[i] }
        let y0 = ih == 0 ? sum : -sum
        sum = fq[0] - sum
        if jz >= 1 { for i in 1...jz { sum += fq[i] } }
        let y1 = ih == 0 ? sum : -sum
        return (n & 7, y0, y1)
    }
}
