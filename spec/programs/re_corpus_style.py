import re
def text_match(text):
    patterns = 'ab*?'
    if re.search(patterns, text):
        return 'Found a match!'
    else:
        return 'Not matched!'
print(text_match('ac'), text_match('dc'))
def split_upperstring(text):
    return re.findall('[A-Z][^A-Z]*', text)
print(split_upperstring('PythonProgramLanguage'))
def change_date_format(dt):
    return re.sub(r'(\d{4})-(\d{1,2})-(\d{1,2})', '\\3-\\2-\\1', dt)
print(change_date_format('2026-01-02'))
def snake(text):
    s1 = re.sub('(.)([A-Z][a-z]+)', r'\1_\2', text)
    return re.sub('([a-z0-9])([A-Z])', r'\1_\2', s1).lower()
print(snake('GoogleAssistantHTTPServer'))
def adverbs(text):
    for m in re.finditer(r"\w+ly", text):
        return '%d-%d: %s' % (m.start(), m.end(), m.group(0))
print(adverbs('Clearly, he has no excuse for such behavior.'))
print(re.sub(r' ?\([^)]+\)', '', 'python (chrome) is (x) fun'))
print(bool(re.compile(r"^5").match('5-2345861')), re.search(r'.*[0-9]$', 'abc5'))
print(re.findall(r"\b\w{3,5}\b", 'The quick brown fox jumps over the lazy dog'))
print(re.sub(r'[\W_]+', '', 'a**B c_d!!'))
