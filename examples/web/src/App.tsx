import { CaseScreen } from './components/CaseScreen';
import { Bi } from './components/Bi';
import { JudgmentScreen } from './components/JudgmentScreen';
import { LoginPanel } from './components/LoginPanel';
import { SearchScreen } from './components/SearchScreen';
import { VerifyScreen } from './components/VerifyScreen';
import { useHashRoute, type Route } from './hooks/useHashRoute';
import { useToken } from './hooks/useToken';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'case':
      return <CaseScreen key={route.caseId} caseId={route.caseId} />;
    case 'judgment':
      return <JudgmentScreen key={route.judgmentId} caseId={route.caseId} judgmentId={route.judgmentId} />;
    case 'verify':
      return <VerifyScreen key={`${route.code}/${route.sha256}`} initialCode={route.code} initialSha256={route.sha256} />;
    default:
      return <SearchScreen />;
  }
}

export function App() {
  const route = useHashRoute();
  const auth = useToken();
  return (
    <div className="app">
      <header className="app-header">
        <a href="#/" className="brand">
          <h1>
            淄博政法数据中心 <span lang="en">Zibo political-legal data hub</span>
          </h1>
        </a>
        <nav>
          <a href="#/" aria-current={route.screen === 'search' ? 'page' : undefined}>
            <Bi zh="查询" en="Search" />
          </a>
          <a href="#/verify" aria-current={route.screen === 'verify' ? 'page' : undefined}>
            <Bi zh="文书核验" en="Verify a judgment" />
          </a>
        </nav>
        <LoginPanel auth={auth} />
      </header>
      {/* Logging in or out starts every screen afresh, so each query runs with the new token. */}
      <main key={auth.token ?? 'anonymous'}>
        <Screen route={route} />
      </main>
      <footer className="hint">
        <Bi zh="姓名与身份证号均已脱敏。参考前端，基于 @hub/sdk。" en="Names and ID numbers are masked. Reference front-end built on @hub/sdk." />
      </footer>
    </div>
  );
}
