# packaging/manpage.awk — `make man` runs each page of the argument parser's manual generator through this.
# - A subcommand's page names itself "neuvo audit" in NAME, two words that man-db's lexgrog (the whatis index,
#   lintian's bad-whatis-entry) cannot read. NAME gets the page's own name, the file's (neuvo.audit), which
#   `man neuvo.audit` finds; the synopsis and the exit status still say "neuvo audit".
# - A blank line (a paragraph break in a command's discussion text) is groff's "Empty input line" in mdoc: it
#   becomes .Pp, one per run of blank lines, none right after a section heading or another .Pp.
# - The generator ends the last line without a newline; awk adds it.
/^\.Sh / { section = $0 }
section == ".Sh NAME" && /^\.Nm / && name == "" {
    name = substr($0, 5)
    page = name
    gsub(/"/, "", page)
    gsub(/\\? /, ".", page)
    print ".Nm " page
    last = ".Nm"
    next
}
/^$/ { blank = 1; next }
{
    if (blank && last !~ /^\.(Sh|Ss|Pp)( |$)/ && $0 !~ /^\.(Sh|Ss|Pp|El)( |$)/) print ".Pp"
    blank = 0
}
$0 == ".Nm" && name != "" { $0 = ".Nm " name }
$0 == ".Ex -std" && name != "" { $0 = ".Ex -std " name }
{ print; last = $0 }
