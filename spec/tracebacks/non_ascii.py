x = "héllo" + 5
