import textwrap as T
s = "The quick brown fox jumped over the lazy dog. A well-known state-of-the-art phrase -- with em-dashes--and things; supercalifragilisticexpialidocious words too! Mr. Smith went.  Done?"
for w in (1, 5, 10, 12, 20, 33, 70):
    print(w, T.wrap(s, w))
print(T.wrap(s, 20, break_on_hyphens=False))
print(T.wrap(s, 20, break_long_words=False))
print(T.wrap(s, 25, fix_sentence_endings=True))
print(T.wrap(s, 25, drop_whitespace=False))
print(T.fill(s, 30, initial_indent='* ', subsequent_indent='  '))
print(T.wrap(s, 30, max_lines=2))
print(T.wrap(s, 30, max_lines=3, placeholder='...'))
print(T.shorten(s, 40), T.shorten('Hello  world!', 12), T.shorten('Hello world', 11), T.shorten("Hello world!", width=10, placeholder="..."))
print(T.wrap("\tTab\tseparated\ttext\nnew line\r\n", 12), T.wrap("\tTab\tx", 12, expand_tabs=False), T.wrap("a\nb", 12, replace_whitespace=False))
print(repr(T.dedent("    def f():\n        return 1\n  \n    x\n")), repr(T.dedent("  a\n\tb\n")), repr(T.dedent("\n   a\n   b\n")))
print(repr(T.indent("a\nb\n\nc", "> ")), repr(T.indent("a\n  \nb", "+", lambda l: True)))
