module github.com/score360/score360-go

go 1.19
