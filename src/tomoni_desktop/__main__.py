from tomoni_desktop.cli import main

raise SystemExit(main())
