import LumbungApp

Signals.blockTermination()
Lumbung.main()
