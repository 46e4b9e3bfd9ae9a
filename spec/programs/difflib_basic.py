import difflib

print(list(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
print("".join(difflib.unified_diff(["a\n", "b\n", "c\n"], ["a\n", "c\n", "d\n"], "x", "y")))
print("".join(difflib.context_diff(["a\n", "b\n", "c\n"], ["a\n", "c\n", "d\n"], "x", "y")))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4), s.get_matching_blocks())
print(list(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["b\n", "c\n"]), 2)))
