import { chatbotSiteSuite } from './chatbot-suite';

chatbotSiteSuite('deepseek');
