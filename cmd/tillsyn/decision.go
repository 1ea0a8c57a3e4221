package main

func cmdDecision(e *env, args []string) int { return exitUsage }
