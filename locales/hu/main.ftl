# Az útmutató magyar szövegei, amelyek csak erre a webhelyre vonatkoznak.
site-title = Európai betegútmutató az immunterápiáról
