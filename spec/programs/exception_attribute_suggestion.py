class A:
    value = 1
A.valeu
