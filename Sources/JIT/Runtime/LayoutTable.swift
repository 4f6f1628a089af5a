/// The generated layout as text: what `jsjit --layout` prints.
public enum LayoutTable {
    public static func render() -> String {
        var lines = ["constants:"]
        let width = Layout.allConstants.map(\.name.count).max() ?? 0
        for constant in Layout.allConstants {
            let hex = String(constant.value, radix: 16, uppercase: true)
            lines.append("  \(constant.name.padding(toLength: width, withPad: " ", startingAt: 0))  0x\(hex)")
        }
        lines.append("pinned registers:")
        for register in Layout.PinnedRegisters.all {
            lines.append("  \(register.role) = \(register.name)")
        }
        lines.append("frame header slots: \(Layout.Frame.headerSlotNames.joined(separator: ", "))")
        return lines.joined(separator: "\n") + "\n"
    }
}
