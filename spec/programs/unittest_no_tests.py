import unittest


class NotATest:
    def test_x(self):
        pass


prog = unittest.main(argv=["prog", "-v"], exit=False)
print(prog.result.testsRun, prog.result.wasSuccessful(), prog.verbosity)
unittest.main()
